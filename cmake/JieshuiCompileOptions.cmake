# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language standard, warnings and sanitizers for every target of ours.
add_library(jieshui_compile_options INTERFACE)
add_library(Jieshui::compile_options ALIAS jieshui_compile_options)
target_compile_features(jieshui_compile_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(jieshui_compile_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
  # Designated initializers leave members at their defaults on purpose (GCC 12 warns under -Wextra).
  -Wno-missing-field-initializers)
if(JIESHUI_WERROR)
  target_compile_options(jieshui_compile_options INTERFACE -Werror)
endif()
if(JIESHUI_SANITIZE)
  target_compile_options(jieshui_compile_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined)
  target_link_options(jieshui_compile_options INTERFACE -fsanitize=address,undefined)
endif()
if(JIESHUI_FUZZ)
  # Every library a fuzz target links is instrumented for coverage and checked by ASan and UBSan.
  target_compile_options(jieshui_compile_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
    -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(jieshui_compile_options INTERFACE -fsanitize=address,undefined)
endif()
