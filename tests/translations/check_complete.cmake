# SPDX-License-Identifier: Apache-2.0
# Fails when a translation catalogue has unfinished or empty translations:
# every user-visible string must exist in German and French.
foreach(ts IN LISTS TS_FILES)
  file(READ "${ts}" content)
  string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
  string(REGEX MATCHALL "<translation></translation>" empty "${content}")
  list(LENGTH unfinished n_unfinished)
  list(LENGTH empty n_empty)
  string(REGEX MATCHALL "<message" messages "${content}")
  list(LENGTH messages n_messages)
  if(n_unfinished GREATER 0 OR n_empty GREATER 0 OR n_messages EQUAL 0)
    message(FATAL_ERROR "${ts}: ${n_unfinished} unfinished and ${n_empty} empty of ${n_messages} messages")
  endif()
  message(STATUS "${ts}: ${n_messages} messages, all translated")
endforeach()
