@echo off
rem Digit Lab command line on Windows: runs the jar that "mvn package" builds.
setlocal
set "HERE=%~dp0.."
if not exist "%HERE%\target\digitlab.jar" (
  echo digitlab: the build is missing. Build it once with: mvn -q -DskipTests package 1>&2
  exit /b 1
)
if not defined OMP_WAIT_POLICY set OMP_WAIT_POLICY=PASSIVE
rem A crash report of the JVM itself goes to the temp folder, not the user's folder (%%p: the pid).
rem The JVM's options (bounded heap, collector) are bin\jvm.options, a java @argfile, as for bin/digitlab.
java "@%HERE%\bin\jvm.options" "-XX:ErrorFile=%TEMP%\digitlab-hs_err_pid%%p.log" %DIGITLAB_JAVA_OPTS% -jar "%HERE%\target\digitlab.jar" %*
