# cmake -DGZIP=<gzip> -DINPUT=<file> -DOUTPUT=<file.gz> -P Gzip.cmake
# Compresses as Debian policy asks: best compression, no name or time stamp (gzip -9n), so the
# result depends on the content only; the result is readable by all (0644) whatever the umask.
cmake_minimum_required(VERSION 3.21)
execute_process(COMMAND "${GZIP}" -9n -c "${INPUT}" OUTPUT_FILE "${OUTPUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE "${OUTPUT}")
    message(FATAL_ERROR "gzip failed for ${INPUT}")
endif()
file(CHMOD "${OUTPUT}" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
