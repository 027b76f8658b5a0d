; Inno Setup 6 script: the Windows installer for the one-folder bundle dist\sanzhi\.
;
;   1. powershell -ExecutionPolicy Bypass -File packaging\build.ps1      (makes dist\sanzhi\)
;   2. iscc /DAppVersion=0.1.0 packaging\windows\sanzhi.iss              (Inno Setup >= 6.3)
;   -> dist\installer\sanzhi-desktop-setup-0.1.0.exe
;
; It cannot be built on the project's Linux machines (Inno Setup is a Windows
; program); packaging/README.md says how it was checked.
;
; The clerk's data is never under the install folder: the program keeps it in
; %LOCALAPPDATA%\sanzhi-desktop (sanzhi.db, backups\, keys\). This script does
; not know that folder and has no [UninstallDelete] entry, so uninstalling,
; reinstalling or upgrading leaves every record, backup and key in place.
;
; Saved as UTF-8 with a byte-order mark, so the Chinese names below are read
; correctly by the Unicode compiler.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "三治融合村务台账"
#define AppExe "sanzhi.exe"
#define Bundle "..\..\dist\sanzhi"

[Setup]
; A fixed AppId: upgrades replace the previous installation instead of adding one.
AppId={{6C1E5F0B-3A57-4C2D-9E0B-5A1D2C8F7E31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=sanzhi-desktop
; ASCII folder names: some old tools on village PCs mishandle Chinese paths.
DefaultDirName={autopf}\Sanzhi
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; No administrator needed: a clerk's account installs for itself
; (%LOCALAPPDATA%\Programs\Sanzhi); an administrator may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=sanzhi-desktop-setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\sanzhi.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Refuse to overwrite files of a running copy: ask to close it first.
CloseApplications=yes
RestartApplications=no

[Languages]
; The wizard speaks Chinese when Inno Setup's Simplified Chinese messages are
; available: put ChineseSimplified.isl (from Inno Setup's translations page)
; beside this script, or have it in the compiler's Languages folder.
#ifexist "ChineseSimplified.isl"
Name: "chs"; MessagesFile: "ChineseSimplified.isl"
#else
  #ifexist AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl"
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
  #endif
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
DesktopShortcut=在桌面创建快捷方式
Shortcuts=快捷方式：
LaunchNow=立即运行三治融合村务台账

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopShortcut}"; GroupDescription: "{cm:Shortcuts}"

[Files]
; The whole bundle: sanzhi.exe (the desk), sanzhi-cli.exe (command line and
; self-test), _internal\ (Python, Qt, fonts, translations, catalogues, icons).
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade removes the previous version's program files (never user data,
; which is not under {app}) so no stale module is left beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\三治融合村务台账"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "村务公开、红黑榜、人民调解台账与U盘同步"
Name: "{group}\程序自检"; Filename: "{cmd}"; Parameters: "/k ""{app}\sanzhi-cli.exe"" --self-test"; WorkingDir: "{app}"; Comment: "检查本机安装是否完整（数据库、打印、字体、翻译、同步）"
Name: "{group}\卸载三治融合村务台账"; Filename: "{uninstallexe}"
Name: "{autodesktop}\三治融合村务台账"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchNow}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave in its install folder (caches).
; Deliberately nothing under {localappdata}\sanzhi-desktop: the records stay.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
