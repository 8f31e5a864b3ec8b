# The Windows form of ./reportsite (reportsite.cmd runs it): compiles the CLI once, in Release, into
# .reportsite\ (ReadyToRun code: a native compile on Windows would need Visual Studio's C++ tools), runs
# it, and compiles again only when a file under src\ or theme\ or a build setting changed.
$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$folder = if ($env:REPORTSITE_CLI_DIR) { $env:REPORTSITE_CLI_DIR } else { Join-Path $root '.reportsite' }
$cli = Join-Path $folder 'cli\ReportSite.Cli.exe'

# What the compiled CLI is made from: each file's path, size and time of last change.
$files = @(Get-ChildItem -Path (Join-Path $root 'src'), (Join-Path $root 'theme') -Recurse -File |
    Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' })
$files += @('Directory.Build.props', 'Directory.Packages.props', 'global.json' | ForEach-Object { Get-Item (Join-Path $root $_) })
$list = ($files | Sort-Object FullName | ForEach-Object { "$($_.FullName) $($_.Length) $($_.LastWriteTimeUtc.Ticks)" }) -join "`n"
$sha = [Security.Cryptography.SHA256]::Create()
$stamp = [BitConverter]::ToString($sha.ComputeHash([Text.Encoding]::UTF8.GetBytes($list)))
$stampFile = Join-Path $folder 'source.stamp'

New-Item -ItemType Directory -Force -Path $folder | Out-Null
$current = if (Test-Path $stampFile) { (Get-Content $stampFile -Raw).Trim() } else { '' }
if (-not (Test-Path $cli) -or $current -ne $stamp) {
    [Console]::Error.WriteLine('reportsite: compiling the CLI once (ReadyToRun); later runs start at once')
    $new = Join-Path $folder 'cli.new'
    if (Test-Path $new) { Remove-Item -Recurse -Force $new }
    & dotnet publish (Join-Path $root 'src\ReportSite.Cli') -c Release --use-current-runtime -p:PublishAot=false -o $new --nologo -v quiet
    if ($LASTEXITCODE -ne 0) { [Console]::Error.WriteLine('reportsite: the CLI did not compile; see above'); exit 1 }
    # Swap in whole, so an interrupted compile never leaves half a program behind.
    $old = Join-Path $folder 'cli'
    if (Test-Path $old) { Remove-Item -Recurse -Force $old }
    Move-Item $new $old
    Set-Content -Path $stampFile -Value $stamp
}
& $cli @args
exit $LASTEXITCODE
