// A client-side use of the generated models: build the connect request the real CLI sends, and
// read a hello-ok. Compiled (not run) by the test suite with tsc --strict.
import {
  ConnectParams,
  HelloOk,
  MethodParams,
  MethodResult,
  METHODS,
  PROTOCOL_VERSION,
  RequestFrame,
} from "../../generated/ts/index";

const params: ConnectParams = {
  minProtocol: PROTOCOL_VERSION,
  maxProtocol: PROTOCOL_VERSION,
  client: { id: "cli", version: "2026.9.6", platform: "linux", deviceFamily: "Linux", mode: "cli" },
  caps: [],
  auth: { token: "testtoken123" },
  role: "operator",
  scopes: ["operator.read"],
};

export const connect: RequestFrame = { type: "req", id: "1:example", method: "connect", params };

export function grantedScopes(hello: HelloOk): readonly string[] {
  return hello.auth.scopes;
}

export function tickInterval(hello: HelloOk): number {
  return hello.policy.tickIntervalMs;
}

const tail: MethodParams<"logs.tail"> = { limit: 10 };
export const tailRequest: RequestFrame = { type: "req", id: "2:example", method: "logs.tail", params: tail };

export function lineCount(result: MethodResult<"logs.tail">): number {
  return result.lines.length;
}

export const healthNeedsNoScope: boolean = METHODS["health"].scope === null;
