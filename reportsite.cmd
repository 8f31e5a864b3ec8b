@echo off
rem The Windows form of ./reportsite: see README, "Two commands". It runs reportsite.ps1 beside it.
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0reportsite.ps1" %*
exit /b %ERRORLEVEL%
