@echo off
rem LayerLab launcher for Windows: the same logic as ./layerlab.
rem   layerlab                    starts the studio (building what is needed first)
rem   layerlab train|datasets|info|bench|lesson|sweep|compare|help|--help|--version ...   runs the command line
rem Environment: LAYERLAB_JAVA_OPTS (extra JVM options, after the defaults), OMP_NUM_THREADS, JAVA_HOME.
setlocal EnableExtensions EnableDelayedExpansion

set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "APP_JAR=%ROOT%\app\target\layerlab-app.jar"
set "LIB_DIR=%ROOT%\app\target\lib"

rem ---- Java 17 or newer ----
set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA (
    where java >nul 2>&1 && set "JAVA=java"
)
if not defined JAVA (
    echo layerlab: Java 17 or newer is needed and none was found: install a JDK 17+ or set JAVA_HOME 1>&2
    exit /b 1
)
set "JAVA_VERSION="
for /f "tokens=3" %%v in ('"%JAVA%" -version 2^>^&1 ^| findstr /i /c:"version"') do (
    if not defined JAVA_VERSION set "JAVA_VERSION=%%~v"
)
set "JAVA_MAJOR=0"
for /f "tokens=1,2 delims=.-+" %%a in ("!JAVA_VERSION!") do (
    set "JAVA_MAJOR=%%a"
    if "%%a"=="1" set "JAVA_MAJOR=%%b"
)
if !JAVA_MAJOR! LSS 17 (
    echo layerlab: Java 17 or newer is needed, found !JAVA_VERSION! at %JAVA%: install a JDK 17+ or set JAVA_HOME 1>&2
    exit /b 1
)

rem ---- build when the jar is missing, or a pom / main source is newer than it ----
set "BUILD=0"
if not exist "%APP_JAR%" set "BUILD=1"
if not exist "%LIB_DIR%" set "BUILD=1"
if "!BUILD!"=="0" (
    powershell -NoProfile -Command "$j=(Get-Item -LiteralPath '%APP_JAR%').LastWriteTime; $s=@(Get-ChildItem -LiteralPath '%ROOT%' -Filter pom.xml -Recurse -Depth 1) + @(Get-ChildItem -Path '%ROOT%\*\src\main' -Recurse -File -ErrorAction SilentlyContinue); if ($s | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1) { exit 1 } else { exit 0 }" >nul 2>&1
    if errorlevel 1 set "BUILD=1"
)
if "!BUILD!"=="1" (
    where mvn >nul 2>&1 || (
        echo layerlab: Maven 3.8 or newer is needed to build LayerLab and 'mvn' was not found: install it from https://maven.apache.org 1>&2
        exit /b 1
    )
    if exist "%APP_JAR%" (
        echo layerlab: sources changed, rebuilding... 1>&2
    ) else (
        echo layerlab: building LayerLab ^(the first build downloads about 600 MB of dependencies^)... 1>&2
    )
    pushd "%ROOT%"
    call mvn -B -q -DskipTests package
    set "MVN_EXIT=!errorlevel!"
    popd
    if not "!MVN_EXIT!"=="0" (
        echo layerlab: the build failed: run 'mvn -B -DskipTests package' in %ROOT% to see why 1>&2
        exit /b 1
    )
    if exist "%APP_JAR%" copy /b "%APP_JAR%"+,, "%APP_JAR%" >nul
)

rem ---- native threads and memory ----
if not defined OMP_NUM_THREADS (
    set /a "CORES=%NUMBER_OF_PROCESSORS%"
    if !CORES! LEQ 2 (set "OMP_NUM_THREADS=1") else (set /a "OMP_NUM_THREADS=!CORES! / 2")
    if /i "%~1"=="bench" set "OMP_NUM_THREADS=1"
)
rem A fixed pre-touched heap bounds memory (ND4J frees native buffers when the GC collects their Java
rem wrappers); JavaCPP's per-allocation accounting is off: it reads process memory on every allocation.
set "JVM_OPTS=-Xms1g -Xmx1g -XX:+AlwaysPreTouch -XX:MaxGCPauseMillis=5 -Dorg.bytedeco.javacpp.maxBytes=0 -Dorg.bytedeco.javacpp.maxPhysicalBytes=0 -Dorg.nd4j.log.initialization=false "-Dlayerlab.sampleData=%ROOT%\sample-data" "-Dlayerlab.launcher=%~f0" %LAYERLAB_JAVA_OPTS%"

rem ---- studio or command line ----
set "MAIN=org.layerlab.app.Launcher"
set "FIRST=%~1"
if not "!FIRST!"=="" (
    set "MAIN=org.layerlab.engine.cli.LayerLabCli"
    if "!FIRST:~0,1!"=="-" set "MAIN=org.layerlab.app.Launcher"
    if exist "!FIRST!" set "MAIN=org.layerlab.app.Launcher"
    for %%c in (train datasets info bench lesson sweep compare help --help -h --version -V) do (
        if /i "!FIRST!"=="%%c" set "MAIN=org.layerlab.engine.cli.LayerLabCli"
    )
)

"%JAVA%" %JVM_OPTS% -cp "%LIB_DIR%\*;%APP_JAR%" !MAIN! %*
exit /b !errorlevel!
