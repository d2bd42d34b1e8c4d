# Fails when the Korean catalogue is out of step with the code: a source string that lupdate
# finds but the catalogue lacks, a message the code no longer has, or an unfinished translation.
# Run with -DLUPDATE=... -DTS_FILE=... -DSOURCE_DIRS=a;b -DWORK_DIR=...
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${name}")
configure_file("${TS_FILE}" "${copy}" COPYONLY)

execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none ${SOURCE_DIRS} -ts "${copy}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${output}")
endif()

file(READ "${TS_FILE}" committed)
file(READ "${copy}" refreshed)
if(NOT committed STREQUAL refreshed)
    execute_process(COMMAND diff -u "${TS_FILE}" "${copy}" OUTPUT_VARIABLE difference)
    message(FATAL_ERROR "${name} is out of date: build the update_translations target and translate what is new.\n${difference}")
endif()

string(REGEX MATCHALL "type=\"(unfinished|vanished|obsolete)\"" open_items "${committed}")
list(LENGTH open_items count)
if(count GREATER 0)
    message(FATAL_ERROR "${name} has ${count} unfinished or obsolete message(s).")
endif()
string(REGEX MATCHALL "<translation></translation>" empty_items "${committed}")
list(LENGTH empty_items empty_count)
if(empty_count GREATER 0)
    message(FATAL_ERROR "${name} has ${empty_count} empty translation(s).")
endif()
# Natural Korean chooses its particle (or is phrased to need none): no "(으)로", "은(는)" and
# the like, which read as a form to fill in.
string(REGEX MATCHALL "\\((으|은|는|이|가|을|를|와|과|이라|아|야)\\)" placeholders "${committed}")
list(LENGTH placeholders placeholder_count)
if(placeholder_count GREATER 0)
    message(FATAL_ERROR "${name} has ${placeholder_count} particle placeholder(s) such as (으)로 or 은(는): ${placeholders}")
endif()
message(STATUS "${name}: ${output}")
