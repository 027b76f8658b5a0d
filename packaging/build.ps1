# Build the one-folder bundle dist\sanzhi\ on Windows (the counterpart of build.sh).
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 [-Fresh]
#
# Needs Python 3.11 (64-bit) from python.org or `py -3.11`, and network access
# to PyPI on the build PC (not on the village PC). Creates or reuses a build
# virtualenv, installs the project and PyInstaller, runs packaging\sanzhi.spec,
# prints the size and the build time. Then runs the bundle's self-test.
# Next step: the installer, `iscc packaging\windows\sanzhi.iss` (Inno Setup 6).
param(
    [switch]$Fresh,
    [string]$Venv = "",
    [string]$Dist = "",
    [string]$Python = "py"
)
$ErrorActionPreference = "Stop"
$root = (Resolve-Path (Join-Path $PSScriptRoot "..")).Path
Set-Location $root
if (-not $Venv) { $Venv = Join-Path $root "build\packaging-venv" }
if (-not $Dist) { $Dist = Join-Path $root "dist" }
$venvPython = Join-Path $Venv "Scripts\python.exe"

function Invoke-Checked([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "failed ($LASTEXITCODE): $exe $($arguments -join ' ')" }
}

$timer = [Diagnostics.Stopwatch]::StartNew()
if ($Fresh -and (Test-Path $Venv)) { Remove-Item -Recurse -Force $Venv }
if (-not (Test-Path $venvPython)) {
    Write-Host "== creating the build virtualenv $Venv"
    if ($Python -eq "py") { Invoke-Checked "py" @("-3.11", "-m", "venv", $Venv) }
    else { Invoke-Checked $Python @("-m", "venv", $Venv) }
}
Write-Host "== installing the project and PyInstaller"
Invoke-Checked $venvPython @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Invoke-Checked $venvPython @("-m", "pip", "install", "--quiet", "--force-reinstall", "--no-deps", ".")
Invoke-Checked $venvPython @("-m", "pip", "install", "--quiet", ".", "pyinstaller>=6.10,<7")

Write-Host "== running PyInstaller"
$bundle = Join-Path $Dist "sanzhi"
if (Test-Path $bundle) { Remove-Item -Recurse -Force $bundle }
Invoke-Checked $venvPython @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", $Dist, "--workpath", (Join-Path $root "build\pyinstaller"), "packaging\sanzhi.spec")
$timer.Stop()

$exe = Join-Path $bundle "sanzhi.exe"
if (-not (Test-Path $exe)) { throw "build failed: $exe was not produced" }
$bytes = (Get-ChildItem -Recurse -File $bundle | Measure-Object -Property Length -Sum).Sum
$files = (Get-ChildItem -Recurse -File $bundle).Count
Write-Host ("== bundle: {0}  size: {1:N0} MB  files: {2}  build time: {3:N0} s" -f `
    $bundle, ($bytes / 1MB), $files, $timer.Elapsed.TotalSeconds)

Write-Host "== self-test (sanzhi-cli.exe prints to this console; sanzhi.exe has none)"
$env:QT_QPA_PLATFORM = "offscreen"
& (Join-Path $bundle "sanzhi-cli.exe") --self-test
if ($LASTEXITCODE -ne 0) { throw "the bundle failed its self-test" }
