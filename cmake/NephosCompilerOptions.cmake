# Warning and definition flags for Nephos's own targets (third-party headers are SYSTEM).
function(nephos_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror -Wno-error=deprecated-declarations)
  # Debian's LibTorch pulls Qt 5 into every process (through OpenCV's highgui). Qt 5 and Qt 6
  # share class names, so an inline Qt 6 function our executable exported would be bound to
  # Qt 5's callers (seen under ASan as crashes in QByteArray::append). Export nothing we define.
  target_compile_options(${target} PRIVATE -fvisibility=hidden -fvisibility-inlines-hidden)
  target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER)
endfunction()

# Sanitizer preset support: -DNEPHOS_SANITIZE=ON adds ASan + UBSan everywhere.
option(NEPHOS_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(NEPHOS_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
