# One INTERFACE target carries the settings every Tokenmeter target shares.
add_library(tokenmeter_settings INTERFACE)
target_compile_features(tokenmeter_settings INTERFACE cxx_std_17)
target_compile_definitions(tokenmeter_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    TOKENMETER_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(tokenmeter_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
endif()
if(TOKENMETER_WERROR)
    target_compile_options(tokenmeter_settings INTERFACE -Werror)
endif()

# ccache (Debian's) when it is there: a rebuild of an unchanged tree, as CI's
# clean clone is, then costs seconds.
find_program(TOKENMETER_CCACHE ccache)
if(TOKENMETER_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${TOKENMETER_CCACHE})
endif()
