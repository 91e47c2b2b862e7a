# Two Debian packages from one build (cpack -G DEB in the build folder):
#   signet-cli  the command line; Qt Core, Qt Sql with its SQLite driver, OpenSSL; no GUI libraries
#   signet      the desktop application; depends on signet-cli of the same version
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME signet)
set(CPACK_PACKAGE_VENDOR "Signet developers")
set(CPACK_PACKAGE_CONTACT "Signet developers <team@signetpki.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each package states its own summary: the first line of its description below.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_COMPONENTS_ALL cli gui)
set(CPACK_DEB_COMPONENT_INSTALL ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# dpkg-shlibdeps finds the libraries the binaries link; the Depends below are what it cannot see.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(signet_full_version ${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE})

set(CPACK_DEBIAN_CLI_PACKAGE_NAME signet-cli)
# Qt loads the SQLite driver as a plugin: without it every command fails with "Driver not loaded".
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Team workspaces on PostgreSQL need Qt's PostgreSQL driver; a workspace file does not.
set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_CLI_DESCRIPTION "certificate authority for private PKI and mutual TLS (command line)
Signet creates root and intermediate CAs, issues server and client
certificates or signs requests made elsewhere, revokes them and publishes
CRLs, exports PEM, DER, PKCS#7 and password-protected PKCS#12 files that
browsers and phones accept, and writes nginx, Apache httpd and HAProxy
mutual-TLS configuration together with every file it refers to.

Everything lives in one workspace file whose private keys are sealed with
AES-256-GCM under a password-protected master key, with a hash-chained
audit log of every change.

This package contains signet-cli, the command-line tool, with its manual
page and bash and zsh completions.")

set(CPACK_DEBIAN_GUI_PACKAGE_NAME signet)
# libqt6svg6 carries the icon engine that draws Signet's SVG icons; Qt's own buttons and dialogs
# speak the user's language with qt6-translations-l10n.
set(CPACK_DEBIAN_GUI_PACKAGE_DEPENDS "signet-cli (= ${signet_full_version}), libqt6svg6")
set(CPACK_DEBIAN_GUI_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_GUI_DESCRIPTION "certificate authority for private PKI and mutual TLS (desktop)
Signet creates root and intermediate CAs, issues server and client
certificates or signs requests made elsewhere, revokes them and publishes
CRLs, exports PEM, DER, PKCS#7 and password-protected PKCS#12 files that
browsers and phones accept, and writes nginx, Apache httpd and HAProxy
mutual-TLS configuration together with every file it refers to.

This package contains the desktop application: a tree of CAs and
certificates with an inspector, wizards for CAs, server and client
certificates and CSRs, export for devices, revocation with CRL publishing
and server configuration with a handshake check. It opens the same
workspace files as signet-cli.")

include(CPack)
