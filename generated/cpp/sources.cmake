# Generated from protocol/.
# Do not edit: change protocol/ and run tools/regen.sh.
# The C++ sources of generated/cpp, for CMake.
set(GATEWAY_PROTO_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/src/config_openclaw.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/config_openclaw_validate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/dispatcher.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/errors.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/errors_validate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/events.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/events_agent.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/events_agent_validate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/events_chat.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/events_chat_validate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/events_config.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/events_config_validate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/events_sessions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/events_sessions_validate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/events_system.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/events_system_validate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/frames.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/frames_validate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/methods_agent.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/methods_agent_validate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/methods_chat.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/methods_chat_validate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/methods_config.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/methods_config_validate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/methods_sessions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/methods_sessions_validate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/methods_system.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/methods_system_validate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/protocol.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/registry.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/rpc.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/validators.cpp
)
