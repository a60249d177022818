; Undoes register-filetype.nsh on uninstall; leaves .mandaat alone if another program took it.
ReadRegStr $0 SHCTX "Software\Classes\.mandaat" ""
StrCmp $0 "Mandaat.Vault" 0 +2
DeleteRegKey SHCTX "Software\Classes\.mandaat"
DeleteRegKey SHCTX "Software\Classes\Mandaat.Vault"
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
