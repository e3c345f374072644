# Builds posapp's Windows installer on a Windows build machine, in one command:
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
# Needs Python 3.11+ (the py launcher or python on PATH) and Inno Setup 6 (ISCC.exe;
# `winget install JRSoftware.InnoSetup`). Output: build\posapp-setup-<version>.exe
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path

$Python = if (Get-Command py -ErrorAction SilentlyContinue) { @("py", "-3") } else { @("python") }
function Invoke-Python { & $Python[0] $Python[1..($Python.Length)] @args; if ($LASTEXITCODE) { throw "python $args failed" } }

# 1. The PyInstaller bundle (build\dist\posapp), with its own build venv.
Invoke-Python "$Root\installer\build.py" --bundle-only

# 2. Prove the bundle works before packing it: version, and a signup through the window.
& "$Root\build\dist\posapp\posapp-cli.exe" --version
if ($LASTEXITCODE) { throw "posapp-cli --version failed" }
$env:QT_QPA_PLATFORM = "offscreen"
& "$Root\build\dist\posapp\posapp-cli.exe" --self-test
if ($LASTEXITCODE) { throw "posapp-cli --self-test failed" }
Remove-Item Env:\QT_QPA_PLATFORM

# 3. The installer.
$Version = (& $Python[0] $Python[1..($Python.Length)] -c "import re,sys; print(re.search(r'__version__ = \""(.+?)\""', open(sys.argv[1]).read()).group(1))" "$Root\posapp\__init__.py").Trim()
$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 not found: winget install JRSoftware.InnoSetup" }
& $Iscc "/DAppVersion=$Version" "$PSScriptRoot\posapp.iss"
if ($LASTEXITCODE) { throw "ISCC failed" }
Write-Host "built $Root\build\posapp-setup-$Version.exe"
