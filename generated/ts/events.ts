// Generated from protocol/events/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
import type { ConnectChallengeEvent, HealthSnapshot, HeartbeatEvent, PresenceEvent, ShutdownEvent, TickEvent } from "./types";

export interface EventPayloadMap {
  readonly "connect.challenge": ConnectChallengeEvent;
  readonly "health": HealthSnapshot;
  readonly "heartbeat": HeartbeatEvent;
  readonly "presence": PresenceEvent;
  readonly "shutdown": ShutdownEvent;
  readonly "tick": TickEvent;
}

export type EventName = keyof EventPayloadMap;
export type EventPayload<E extends EventName> = EventPayloadMap[E];

export interface EventSpec {
  readonly scope: string | null;
  readonly dropIfSlow: boolean;
  readonly stateVersion: boolean;
  readonly preAuth: boolean;
}

export const EVENTS: { readonly [E in EventName]: EventSpec } = {
  "connect.challenge": { scope: null, dropIfSlow: false, stateVersion: false, preAuth: true },
  "health": { scope: null, dropIfSlow: false, stateVersion: true, preAuth: false },
  "heartbeat": { scope: null, dropIfSlow: false, stateVersion: false, preAuth: false },
  "presence": { scope: "operator.read", dropIfSlow: true, stateVersion: true, preAuth: false },
  "shutdown": { scope: null, dropIfSlow: false, stateVersion: false, preAuth: false },
  "tick": { scope: null, dropIfSlow: false, stateVersion: false, preAuth: false },
};
