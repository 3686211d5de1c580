# `make deb`: a Debian package of the release build, corokitchen_<version>_<arch>.deb in
# build/release. Its library dependencies (Qt 6, QCoro) are found by dpkg-shlibdeps (dpkg-dev);
# python3 runs a user's own programs and Noto CJK draws the Korean, so both are recommended.
# dpkg's triggers refresh the menus, the MIME database and the icon cache on install.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME corokitchen)
set(CPACK_PACKAGE_VENDOR "The CoroKitchen developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "watch asyncio-style coroutines run on a timeline")
set(CPACK_PACKAGE_DESCRIPTION
    "CoroKitchen makes asynchronous concurrency visible. Real QCoro coroutines act out the
classic async/await examples of Python's asyncio (a kitchen that brews coffee while a bagel
toasts, API calls, downloads); the same scenario runs one task after the other and gathered,
side by side on one time axis. For learning and teaching: the generated Python and C++
programs, the event loop, a narration, step and rewind, the pitfalls, your own asyncio
program checked against CPython. English and Korean.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER
    "The CoroKitchen developers <corokitchen@users.noreply.github.com>")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/corokitchen/corokitchen)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "python3 (>= 3.11), fonts-noto-cjk")
# cpack installs without building everything first (its preinstall step would build every test in
# release); `make deb` builds what is installed, corokitchen and its icons, before it.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
include(CPack)
