// Generated from protocol/config/openclaw.yaml, protocol/errors.yaml, protocol/events/agent.yaml, protocol/events/approvals.yaml, protocol/events/chat.yaml, protocol/events/config.yaml, protocol/events/sessions.yaml, protocol/events/system.yaml, protocol/frames.yaml, protocol/methods/agent.yaml, protocol/methods/approvals.yaml, protocol/methods/channels.yaml, protocol/methods/chat.yaml, protocol/methods/config.yaml, protocol/methods/outbound.yaml, protocol/methods/sessions.yaml, protocol/methods/system.yaml, protocol/methods/tools.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include "gateway/proto/config_openclaw.hpp"
#include "gateway/proto/errors.hpp"
#include "gateway/proto/events_agent.hpp"
#include "gateway/proto/events_approvals.hpp"
#include "gateway/proto/events_chat.hpp"
#include "gateway/proto/events_config.hpp"
#include "gateway/proto/events_sessions.hpp"
#include "gateway/proto/events_system.hpp"
#include "gateway/proto/frames.hpp"
#include "gateway/proto/methods_agent.hpp"
#include "gateway/proto/methods_approvals.hpp"
#include "gateway/proto/methods_channels.hpp"
#include "gateway/proto/methods_chat.hpp"
#include "gateway/proto/methods_config.hpp"
#include "gateway/proto/methods_outbound.hpp"
#include "gateway/proto/methods_sessions.hpp"
#include "gateway/proto/methods_system.hpp"
#include "gateway/proto/methods_tools.hpp"
