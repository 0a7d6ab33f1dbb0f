// Generated from protocol/config/openclaw.yaml, protocol/errors.yaml, protocol/events/agent.yaml, protocol/events/approvals.yaml, protocol/events/chat.yaml, protocol/events/config.yaml, protocol/events/sessions.yaml, protocol/events/system.yaml, protocol/frames.yaml, protocol/methods/agent.yaml, protocol/methods/approvals.yaml, protocol/methods/channels.yaml, protocol/methods/chat.yaml, protocol/methods/config.yaml, protocol/methods/outbound.yaml, protocol/methods/sessions.yaml, protocol/methods/system.yaml, protocol/methods/tools.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
export * from "./constants";
export * from "./events";
export * from "./methods";
export * from "./types";
