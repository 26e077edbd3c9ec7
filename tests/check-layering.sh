#!/bin/sh
# DESIGN.md section 2: core <- platform <- app; core <- emulator; core <- widgets <- app.
# Fails, naming the file and line, when a layer includes what it must not see.
root=${1:-.}
status=0
check() { # <directory> <extended regex of forbidden includes> <rule>
    found=$(grep -rnE "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($2)" "$root/$1" --include='*.h' --include='*.cpp' 2>/dev/null)
    if [ -n "$found" ]; then
        echo "$3:"
        echo "$found"
        status=1
    fi
}
check app/core 'Q(Gui|Widget|Network|Abstract(Button|Socket)|Tcp|Http|Pixmap|Color|Icon|Font|Painter)|Qt(Gui|Widgets|Network|HttpServer|Charts)/|qt6keychain/|(platform|emulator|widgets)/' \
    "app/core uses Qt Core only and no other layer"
check app/platform 'QtWidgets/|QWidget|QHttpServer|Qt(Widgets|HttpServer|Charts)/|(emulator|widgets)/' \
    "app/platform must not use widgets, the emulator or Qt HTTP Server"
check app/emulator 'QNetwork(AccessManager|Request|Reply)|QWidget|Qt(Widgets|Charts)/|qt6keychain/|(platform|widgets)/' \
    "app/emulator must not use the client's HTTP code, widgets or the keychain"
check widgets 'QNetwork|QtNetwork/|QTcp|QHttp|qt6keychain/|(app/)?(platform|emulator)/' \
    "widgets must not touch the network, the keychain, the platform layer or the emulator"
# Qt Charts stays behind one widget: everything else draws charts through MetricChartView.
charts=$(grep -rnE "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"](QtCharts[/>]|Q(Chart|ChartView|LineSeries|SplineSeries|ScatterSeries|AreaSeries|XYSeries|AbstractSeries|AbstractAxis|ValueAxis|DateTimeAxis|LogValueAxis|CategoryAxis|BarCategoryAxis|Legend|LegendMarker|XYLegendMarker)[>.\"])" \
    "$root/app" "$root/widgets" "$root/tests" --include='*.h' --include='*.cpp' 2>/dev/null |
    grep -v "^$root/widgets/metricchartview.cpp:")
if [ -n "$charts" ]; then
    echo "only widgets/metricchartview.cpp may include Qt Charts:"
    echo "$charts"
    status=1
fi
[ $status -eq 0 ] && echo "layering: ok"
exit $status
