# stride_layer(<name> [DEPENDS <layer>...] [LINK <target>...])
# Creates the static library stride_<name> from the folder core/<name>. Its include root holds that folder alone
# (build/layers/<name>/<name> links to core/<name>), and a layer sees the headers of the layers it DEPENDS on,
# directly or through them, and no others: `#include "sync/syncengine.h"` in a storage file fails to compile
# ("No such file"). The edges are written once, in core/CMakeLists.txt; docs/architecture.md draws them.
function(stride_layer name)
    cmake_parse_arguments(ARG "" "" "DEPENDS;LINK" ${ARGN})
    set(target stride_${name})
    add_library(${target} STATIC)
    stride_target_defaults(${target})
    set(root ${CMAKE_BINARY_DIR}/layers/${name})
    file(MAKE_DIRECTORY ${root})
    # A copy where the file system has no symbolic links (then edits need a re-configure).
    file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR}/${name} ${root}/${name} SYMBOLIC COPY_ON_ERROR)
    target_include_directories(${target} PUBLIC ${root})
    list(TRANSFORM ARG_DEPENDS PREPEND stride_)
    target_link_libraries(${target} PUBLIC ${ARG_DEPENDS} ${ARG_LINK})
    set_property(GLOBAL APPEND PROPERTY STRIDE_LAYERS ${target})
endfunction()
