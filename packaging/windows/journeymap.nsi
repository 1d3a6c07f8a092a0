; The Windows installer for journeymap: NSIS 3, built by scripts/package-windows with
;   makensis -DVERSION=0.1.0 -DEXE=/abs/path/journeymap.exe -DCOM=/abs/path/journeymap.com
;            -DOUTFILE=/abs/path/setup.exe journeymap.nsi
; VERSION is numbers only (x.y.z); DISPLAY_VERSION may add a pre-release tag (0.2.0-beta.1).
; Installs for all users into Program Files, adds a Start-menu entry, registers the uninstaller
; in "Apps & features" and offers journeymap for .ron maps. The example maps are inside the exe
; (its start screen). Two programs are installed besides the uninstaller: journeymap.exe, the
; editor without a console window (Start menu, .ron files), and journeymap.com, the same
; program as a console program for the terminal (`journeymap export …` runs it, as .COM comes
; before .EXE in PATHEXT). The uninstaller removes exactly what this added (see the file
; association below).

; A 64-bit installer, like the app: it also runs under a 64-bit-only Wine (scripts/check-windows).
Target amd64-unicode
; scripts/check-windows packs a debug build with -DCOMPRESSOR=zlib: fast rather than small.
!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma"
!endif
SetCompressor ${COMPRESSOR}
RequestExecutionLevel admin
ManifestDPIAware true

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef DISPLAY_VERSION
  !define DISPLAY_VERSION "${VERSION}"
!endif
!ifndef EXE
  !error "pass -DEXE=path to journeymap.exe"
!endif
!ifndef COM
  !error "pass -DCOM=path to journeymap.com"
!endif
!ifndef OUTFILE
  !define OUTFILE "journeymap-${DISPLAY_VERSION}-windows-x86_64.exe"
!endif

!define APP "journeymap"
!define PUBLISHER "journeymap contributors"
!define PROGID "journeymap.map"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
; The repository, from this file's folder (makensis works there).
!define ROOT "../.."

Name "${APP} ${DISPLAY_VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${DISPLAY_VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${DISPLAY_VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP} ${DISPLAY_VERSION} installer"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "LegalCopyright" "MIT OR Apache-2.0"

!include "MUI2.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "${ROOT}/assets/icon/journeymap.ico"
!define MUI_UNICON "${ROOT}/assets/icon/journeymap.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\journeymap.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"

Function .onInit
  ; The 64-bit registry view (the default for a 64-bit installer; said, not assumed).
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "journeymap"
  SetOutPath "$INSTDIR"
  File "/oname=journeymap.exe" "${EXE}"
  File "/oname=journeymap.com" "${COM}"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\journeymap.exe" "" "$INSTDIR\journeymap.exe" 0

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\journeymap.exe,0"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${DISPLAY_VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ; Apps & features shows the size in KiB.
  SectionGetSize 0 $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0

  ; The file association. RON is a generic format, so journeymap only offers itself for .ron
  ; (OpenWithProgids) and becomes the default only where .ron has no default program yet.
  WriteRegStr HKLM "Software\Classes\${PROGID}" "" "journeymap map"
  WriteRegStr HKLM "Software\Classes\${PROGID}" "FriendlyTypeName" "journeymap map"
  WriteRegStr HKLM "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\journeymap.exe,0"
  WriteRegStr HKLM "Software\Classes\${PROGID}\shell" "" "open"
  WriteRegStr HKLM "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\journeymap.exe" "%1"'
  WriteRegNone HKLM "Software\Classes\.ron\OpenWithProgids" "${PROGID}"
  ; Any default there is, the user's or the machine's, someone else's or ours from an earlier
  ; install, stays as it is. (Read one by one rather than through HKCR, which merges the two
  ; on Windows but not under Wine, where scripts/check-windows tests this.)
  ReadRegStr $1 HKCU "Software\Classes\.ron" ""
  ReadRegStr $2 HKLM "Software\Classes\.ron" ""
  ReadRegStr $3 HKCU "Software\Microsoft\Windows\CurrentVersion\Explorer\FileExts\.ron\UserChoice" "ProgId"
  ${If} "$1$2$3" == ""
    WriteRegStr HKLM "Software\Classes\.ron" "" "${PROGID}"
    ; Remembered, so the uninstaller clears the default only if this install set it.
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "SetRonDefault" 1
  ${EndIf}
  ; SHCNE_ASSOCCHANGED: Explorer picks up the new icon and verb without a restart.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  ReadRegDWORD $1 HKLM "${UNINSTALL_KEY}" "SetRonDefault"
  ${If} $1 == 1
    ReadRegStr $2 HKLM "Software\Classes\.ron" ""
    ${If} $2 == "${PROGID}"
      DeleteRegValue HKLM "Software\Classes\.ron" ""
    ${EndIf}
  ${EndIf}
  DeleteRegValue HKLM "Software\Classes\.ron\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKLM "Software\Classes\.ron\OpenWithProgids"
  DeleteRegKey /ifempty HKLM "Software\Classes\.ron"
  DeleteRegKey HKLM "Software\Classes\${PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$INSTDIR\journeymap.exe"
  Delete "$INSTDIR\journeymap.com"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
