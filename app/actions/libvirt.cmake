# Included by app/CMakeLists.txt when libvirt-dev is found.
target_sources(oncalldesk PRIVATE
    actions/LibvirtBackend.cpp actions/LibvirtBackend.h
    actions/LibvirtSettings.h
)
target_link_libraries(oncalldesk PUBLIC PkgConfig::LIBVIRT)
target_compile_definitions(oncalldesk PUBLIC OCD_HAVE_LIBVIRT)
