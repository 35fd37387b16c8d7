# Included by tests/unit/CMakeLists.txt when libvirt-dev is found.
ocd_add_test(tst_libvirt_backend integration SOURCES tst_libvirt_backend.cpp)
set_tests_properties(tst_libvirt_backend PROPERTIES TIMEOUT 120
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;ONCALL_DESK_FIXTURES=${CMAKE_CURRENT_SOURCE_DIR}/fixtures")
