# Precompiled headers that ccache can share between checkouts.
#
# A precompiled header names the absolute paths of the checkout and the build tree it was made in,
# so its bytes differ between two clones of the same commit, and ccache, which hashes it into the
# key of every file compiled with it, compiled everything that uses one again in each new clone.
# With pch_external_checksum (CCACHE_PCH_EXTSUM, set in the launcher in CMakeLists.txt) ccache
# hashes "<header>.pch.sum" (clang) or "<header>.gch.sum" (GCC) instead when that file exists;
# whop_precompile_headers() writes it from what decides the precompiled header's contents apart from
# those paths: the header's text, the compiler, its flags and the versions of the headers it
# includes (Qt's and the C++ library's, from the Debian packages when dpkg is there, else Qt's
# version). The flags and definitions of each file that uses the header are in ccache's key anyway
# (and compilers refuse a precompiled header made with different ones).

# What every precompiled header of this build tree shares: computed once.
function(_whop_pch_environment out)
    set(environment "${CMAKE_CXX_COMPILER_ID} ${CMAKE_CXX_COMPILER_VERSION} ${CMAKE_CXX_COMPILER}")
    string(TOUPPER "${CMAKE_BUILD_TYPE}" build_type)
    string(APPEND environment "\n${CMAKE_CXX_FLAGS} ${CMAKE_CXX_FLAGS_${build_type}}")
    string(APPEND environment "\nQt ${Qt6_VERSION}")
    find_program(WHOP_DPKG_QUERY dpkg-query)
    if(WHOP_DPKG_QUERY)
        execute_process(
            COMMAND ${WHOP_DPKG_QUERY} -W -f=\${Package}=\${Version}\\n
                    "qt6-*-dev" "libqt6*-dev" "libstdc++-*-dev" "libc6-dev"
            OUTPUT_VARIABLE packages ERROR_QUIET)
        string(APPEND environment "\n${packages}")
    endif()
    set(${out} "${environment}" PARENT_SCOPE)
endfunction()

# whop_precompile_headers(<target> <header>): <target> makes a precompiled header of <header>
# (target_precompile_headers(<target> PRIVATE <header>)), with the .sum that ccache hashes instead
# of it. Call it after the target's compile options are set: they are part of the checksum.
function(whop_precompile_headers target header)
    target_precompile_headers(${target} PRIVATE ${header})
    _whop_pch_checksum(${target} ${header})
endfunction()

# The .sum next to the precompiled header that <target> makes from <header>.
function(_whop_pch_checksum target header)
    if(NOT WHOP_CCACHE)
        return()
    endif()
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        set(extension pch)
    elseif(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        set(extension gch)
    else()
        return()
    endif()
    get_property(environment GLOBAL PROPERTY WHOP_PCH_ENVIRONMENT)
    if(NOT environment)
        _whop_pch_environment(environment)
        set_property(GLOBAL PROPERTY WHOP_PCH_ENVIRONMENT "${environment}")
    endif()
    get_filename_component(header "${header}" ABSOLUTE)
    get_target_property(options ${target} COMPILE_OPTIONS)
    file(SHA256 "${header}" header_hash)
    string(SHA256 checksum "${header_hash}\n${options}\n${environment}")
    get_target_property(binary_dir ${target} BINARY_DIR)
    # Written only when it changes: its time stamp stays that of the contents it stands for.
    file(CONFIGURE OUTPUT "${binary_dir}/CMakeFiles/${target}.dir/cmake_pch.hxx.${extension}.sum"
        CONTENT "${checksum}\n")
    # A changed header changes the checksum: CMake runs again.
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${header}")
endfunction()
