// Generated from protocol/events/agent.yaml, protocol/events/approvals.yaml, protocol/events/chat.yaml, protocol/events/config.yaml, protocol/events/sessions.yaml, protocol/events/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
import type { AgentEvent, ChatEvent, ConfigChangedEvent, ConnectChallengeEvent, ExecApprovalRequestedEvent, ExecApprovalResolvedEvent, HealthSnapshot, HeartbeatEvent, PresenceEvent, SessionMessageEvent, SessionsChangedEvent, ShutdownEvent, TickEvent } from "./types";

export interface EventPayloadMap {
  readonly "agent": AgentEvent;
  readonly "chat": ChatEvent;
  readonly "config.changed": ConfigChangedEvent;
  readonly "connect.challenge": ConnectChallengeEvent;
  readonly "exec.approval.requested": ExecApprovalRequestedEvent;
  readonly "exec.approval.resolved": ExecApprovalResolvedEvent;
  readonly "health": HealthSnapshot;
  readonly "heartbeat": HeartbeatEvent;
  readonly "presence": PresenceEvent;
  readonly "session.message": SessionMessageEvent;
  readonly "sessions.changed": SessionsChangedEvent;
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
  "agent": { scope: "operator.read", dropIfSlow: false, stateVersion: false, preAuth: false },
  "chat": { scope: "operator.read", dropIfSlow: false, stateVersion: false, preAuth: false },
  "config.changed": { scope: "operator.read", dropIfSlow: false, stateVersion: false, preAuth: false },
  "connect.challenge": { scope: null, dropIfSlow: false, stateVersion: false, preAuth: true },
  "exec.approval.requested": { scope: "operator.approvals", dropIfSlow: true, stateVersion: false, preAuth: false },
  "exec.approval.resolved": { scope: "operator.approvals", dropIfSlow: true, stateVersion: false, preAuth: false },
  "health": { scope: null, dropIfSlow: false, stateVersion: true, preAuth: false },
  "heartbeat": { scope: null, dropIfSlow: false, stateVersion: false, preAuth: false },
  "presence": { scope: "operator.read", dropIfSlow: true, stateVersion: true, preAuth: false },
  "session.message": { scope: "operator.read", dropIfSlow: false, stateVersion: false, preAuth: false },
  "sessions.changed": { scope: "operator.read", dropIfSlow: false, stateVersion: false, preAuth: false },
  "shutdown": { scope: null, dropIfSlow: false, stateVersion: false, preAuth: false },
  "tick": { scope: null, dropIfSlow: false, stateVersion: false, preAuth: false },
};
