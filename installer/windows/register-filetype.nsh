; Opens *.mandaat vaults with Mandaat. CPack's NSIS installer !includes this file among its
; install commands (cmake/Packaging.cmake). SHCTX follows the installer's choice of all
; users or the current user.
WriteRegStr SHCTX "Software\Classes\.mandaat" "" "Mandaat.Vault"
WriteRegStr SHCTX "Software\Classes\.mandaat" "Content Type" "application/vnd.mandaat.vault"
WriteRegStr SHCTX "Software\Classes\Mandaat.Vault" "" "Mandaat vault"
WriteRegStr SHCTX "Software\Classes\Mandaat.Vault\DefaultIcon" "" "$INSTDIR\bin\mandaat.exe,0"
WriteRegStr SHCTX "Software\Classes\Mandaat.Vault\shell\open\command" "" '"$INSTDIR\bin\mandaat.exe" "%1"'
; SHCNE_ASSOCCHANGED: Explorer shows the new icon and verb without a restart.
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
