# What `cmake --install` places under CMAKE_INSTALL_PREFIX (GNUInstallDirs): bin/corokitchen and,
# from resources/desktop, the desktop entry, the AppStream metainfo, the MIME type of scenario
# files and the hicolor icons. The release build, which `make install` and `make deb` install, is
# static. A shared build (dev, asan) installs its four libraries privately in lib/corokitchen,
# where the executable finds them through an $ORIGIN-relative RPATH: a DESTDIR or a moved prefix
# keeps working, and nothing else on the system sees them.
install(TARGETS corokitchen RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

if(COROKITCHEN_SHARED_LIBS)
    set(corokitchen_libraries
        corokitchen_resources corokitchen_model corokitchen_ui corokitchen_app)
    set(corokitchen_private_libdir ${CMAKE_INSTALL_LIBDIR}/corokitchen)
    file(RELATIVE_PATH bin_to_private_libdir
         /${CMAKE_INSTALL_BINDIR} /${corokitchen_private_libdir})
    set_target_properties(corokitchen PROPERTIES INSTALL_RPATH "$ORIGIN/${bin_to_private_libdir}")
    set_target_properties(${corokitchen_libraries} PROPERTIES INSTALL_RPATH "$ORIGIN")
    install(TARGETS ${corokitchen_libraries} LIBRARY DESTINATION ${corokitchen_private_libdir})
else()
    # Static: Qt and QCoro come from the system's library path, so no RPATH (else
    # qt_standard_project_setup's $ORIGIN:$ORIGIN/../lib).
    set_target_properties(corokitchen PROPERTIES INSTALL_RPATH "")
endif()
