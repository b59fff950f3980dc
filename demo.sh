#!/bin/sh
# Throwaway: builds the app's test classes and writes the views' demo PNGs to ${1:-/tmp/views-demo}.
cd "$(dirname "$0")" && mvn -B -o -q -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/views-cp.txt -Dmdep.includeScope=test >/dev/null || exit 1
xvfb-run -a -s "-screen 0 1280x800x24" java -Dprism.order=sw -Donly="$ONLY" -cp "app/target/classes:app/target/test-classes:$(cat /tmp/views-cp.txt)" org.layerlab.app.demo.ViewsDemo "${1:-/tmp/views-demo}"
