// Generated from protocol/methods/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
import type { GatewayIdentityGetParams, GatewayIdentityGetResult, GatewayRestartRequestParams, GatewayRestartRequestResult, HealthParams, HealthSnapshot, LastHeartbeatParams, LastHeartbeatResult, LogsTailParams, LogsTailResult, SetHeartbeatsParams, SetHeartbeatsResult, StatusParams, StatusResult, SystemEventParams, SystemEventResult, SystemPresenceParams, SystemPresenceResult } from "./types";

export interface MethodParamsMap {
  readonly "gateway.identity.get": GatewayIdentityGetParams;
  readonly "gateway.restart.request": GatewayRestartRequestParams;
  readonly "health": HealthParams;
  readonly "last-heartbeat": LastHeartbeatParams;
  readonly "logs.tail": LogsTailParams;
  readonly "set-heartbeats": SetHeartbeatsParams;
  readonly "status": StatusParams;
  readonly "system-event": SystemEventParams;
  readonly "system-presence": SystemPresenceParams;
}

export interface MethodResultMap {
  readonly "gateway.identity.get": GatewayIdentityGetResult;
  readonly "gateway.restart.request": GatewayRestartRequestResult;
  readonly "health": HealthSnapshot;
  readonly "last-heartbeat": LastHeartbeatResult;
  readonly "logs.tail": LogsTailResult;
  readonly "set-heartbeats": SetHeartbeatsResult;
  readonly "status": StatusResult;
  readonly "system-event": SystemEventResult;
  readonly "system-presence": SystemPresenceResult;
}

// Payload of the first ("accepted") response of two-phase methods.
export interface MethodAcceptedMap {
}

export type MethodName = keyof MethodParamsMap;
export type MethodParams<M extends MethodName> = MethodParamsMap[M];
export type MethodResult<M extends MethodName> = MethodResultMap[M];

export interface MethodSpec {
  readonly role: "operator" | "node" | "any";
  readonly scope: string | null;
  readonly dynamicScopes?: readonly string[];
  readonly idempotencyKey: "none" | "optional" | "required";
  readonly twoPhase: boolean;
}

export const METHODS: { readonly [M in MethodName]: MethodSpec } = {
  "gateway.identity.get": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "gateway.restart.request": { role: "operator", scope: "operator.admin", idempotencyKey: "none", twoPhase: false },
  "health": { role: "any", scope: null, idempotencyKey: "none", twoPhase: false },
  "last-heartbeat": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "logs.tail": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "set-heartbeats": { role: "operator", scope: "operator.admin", idempotencyKey: "none", twoPhase: false },
  "status": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "system-event": { role: "operator", scope: "operator.admin", idempotencyKey: "optional", twoPhase: false },
  "system-presence": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
};
