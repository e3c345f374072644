; Inno Setup 6 script for posapp on Windows tills. Built by build.ps1 beside this file
; (which first builds build\dist\posapp with PyInstaller); cannot be built on Linux.
;
; Silent install for deployment, pre-seeding the all-users configuration:
;   posapp-setup-<version>.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CONFIG="\\server\tills\store600.toml"
; /CONFIG copies that file to C:\ProgramData\posapp\config.toml, which posapp reads when the
; till user has no config.toml of their own. The API key is never part of it: set the
; POSAPP_API_KEY machine environment variable, or run `posapp --setup` once as the till user
; (Windows Credential Manager). A /CONFIG file that does not exist aborts the install
; (exit code 1), so a deployment script notices.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Root "..\.."

[Setup]
AppId={{6C3E2A5B-0D7F-4E4B-9A51-7F1C2B8D9E30}
AppName=posapp
AppVersion={#AppVersion}
AppPublisher=posapp team
DefaultDirName={autopf}\posapp
DefaultGroupName=posapp
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\build
OutputBaseFilename=posapp-setup-{#AppVersion}
SetupIconFile={#Root}\build\icon\posapp.ico
UninstallDisplayIcon={app}\posapp.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Files]
Source: "{#Root}\build\dist\posapp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The configuration to pre-seed, from /CONFIG=path (read at install time, not packed).
Source: "{param:CONFIG}"; DestDir: "{commonappdata}\posapp"; DestName: "config.toml"; \
  Flags: external ignoreversion uninsneveruninstall; Check: ConfigGiven

[Dirs]
Name: "{commonappdata}\posapp"; Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\posapp"; Filename: "{app}\posapp.exe"
Name: "{autodesktop}\posapp"; Filename: "{app}\posapp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\posapp.exe"; Description: "{cm:LaunchProgram,posapp}"; \
  Flags: nowait postinstall skipifsilent

[Code]
function ConfigGiven: Boolean;
begin
  Result := ExpandConstant('{param:CONFIG|}') <> '';
end;

function InitializeSetup: Boolean;
var
  Config: String;
begin
  Result := True;
  Config := ExpandConstant('{param:CONFIG|}');
  if (Config <> '') and not FileExists(Config) then
  begin
    SuppressibleMsgBox('posapp: the configuration file ' + Config + ' does not exist.',
      mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;
