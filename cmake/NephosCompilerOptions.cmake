# Warning and definition flags for Nephos's own targets (third-party headers are SYSTEM).
function(nephos_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror -Wno-error=deprecated-declarations)
  target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER)
endfunction()

# Sanitizer preset support: -DNEPHOS_SANITIZE=ON adds ASan + UBSan everywhere.
option(NEPHOS_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(NEPHOS_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
