# Fails configuration when the UI-free engine links anything from Qt Gui/Widgets/Charts,
# OpenGL or VTK, directly or through the link interface of what it links, and when the engine,
# the widgets or the executables link LibTorch (only the runtime-loaded nephos_ml module may).
function(_nephos_collect_links target out_var)
  set(seen "")
  set(queue ${target})
  while(queue)
    list(POP_FRONT queue current)
    if(current IN_LIST seen)
      continue()
    endif()
    list(APPEND seen ${current})
    if(TARGET ${current})
      get_target_property(aliased ${current} ALIASED_TARGET)
      if(aliased)
        list(APPEND queue ${aliased})
      endif()
      get_target_property(libs ${current} LINK_LIBRARIES)
      get_target_property(ilibs ${current} INTERFACE_LINK_LIBRARIES)
      foreach(lib IN LISTS libs ilibs)
        if(lib AND NOT lib MATCHES "^\\$<")
          list(APPEND queue ${lib})
        endif()
      endforeach()
    endif()
  endwhile()
  set(${out_var} ${seen} PARENT_SCOPE)
endfunction()

function(nephos_check_engine_boundary target)
  _nephos_collect_links(${target} all_links)
  foreach(lib IN LISTS all_links)
    if(lib MATCHES "^Qt6?::(Gui|Widgets|Charts|OpenGL|OpenGLWidgets|Svg|PrintSupport|Qml|Quick)"
       OR lib MATCHES "^VTK::" OR lib MATCHES "vtk")
      message(FATAL_ERROR "Architecture violation: ${target} links ${lib}. "
                          "The engine may link only Qt6::Core, Qt6::Sql and SQLite.")
    endif()
  endforeach()
  message(STATUS "Engine boundary check passed for ${target}")
endfunction()

# LibTorch (and the ~280 libraries Debian's build drags in) belongs to the nephos_ml module only,
# which ml/MlModule.cpp loads on first use. Linking it anywhere else would make every process map
# it at start.
function(nephos_check_no_torch)
  foreach(target IN LISTS ARGN)
    _nephos_collect_links(${target} all_links)
    foreach(lib IN LISTS all_links)
      if(lib MATCHES "(^|/|lib)(torch|c10|caffe2)" OR lib STREQUAL "nephos_ml")
        message(FATAL_ERROR "Architecture violation: ${target} links ${lib}. LibTorch may be "
                            "linked only by the runtime-loaded module nephos_ml (engine/ml/module).")
      endif()
    endforeach()
  endforeach()
  message(STATUS "No-LibTorch check passed for ${ARGN}")
endfunction()
