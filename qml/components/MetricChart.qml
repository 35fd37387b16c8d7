import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import OnCallDesk

// One metric over a time window: the values, warn/crit threshold lines, the incident start
// marked, a hover read-out; optionally the same metric of other hosts overlaid.
ChartView {
    id: chart
    objectName: "metricChart"
    property var metric: ({})          // from Desk.charts.metrics()
    property int windowMinutes: 60
    property var incidentStart: null   // a Date: where the current problem began
    property var compareKeys: []       // further object keys with the same metric
    property string readout: ""
    readonly property var allKeys: [String(metric.key || "")].concat(compareKeys).filter(function(k) { return k.length > 0 })
    property alias valueSeries: valueSeries

    implicitHeight: 230
    antialiasing: true
    legend.visible: compareKeys.length > 0
    legend.alignment: Qt.AlignBottom
    title: metric.title + (metric.unit ? " (" + Desk.charts.formatValue(0, metric.unit).replace(/^[0-9.,]+ /, "") + ")" : "")
    margins { top: 4; bottom: 4; left: 4; right: 4 }

    DateTimeAxis {
        id: xAxis
        format: chart.windowMinutes > 360 ? "dd.MM. HH:mm" : "HH:mm"
        tickCount: 5
    }
    ValueAxis {
        id: yAxis
        tickCount: 5
        labelFormat: "%.1f"
    }
    LineSeries {
        id: valueSeries
        objectName: "valueSeries"
        name: chart.metric.key ? chart.metric.key.split("!")[0] : ""
        axisX: xAxis
        axisY: yAxis
        width: 2
        color: "#1565c0"
        onHovered: (point, state) => chart.readout = state
            ? Qt.formatDateTime(new Date(point.x), "HH:mm:ss") + " · " + Desk.charts.formatValue(point.y, chart.metric.unit)
            : ""
    }
    LineSeries {
        id: warnLine
        name: qsTr("warning")
        axisX: xAxis; axisY: yAxis
        color: "#f9a825"
        style: Qt.DashLine
        width: 1.5
        visible: chart.metric.hasWarn === true
    }
    LineSeries {
        id: critLine
        name: qsTr("critical")
        axisX: xAxis; axisY: yAxis
        color: "#d32f2f"
        style: Qt.DashLine
        width: 1.5
        visible: chart.metric.hasCrit === true
    }
    LineSeries {
        id: incidentLine
        name: qsTr("incident start")
        axisX: xAxis; axisY: yAxis
        color: "#6a1b9a"
        width: 2
    }

    property var overlays: []
    function refill() {
        if (!metric.key)
            return
        var now = Desk.now
        var from = new Date(now.getTime() - windowMinutes * 60000)
        xAxis.min = from
        xAxis.max = now
        var r = Desk.charts.yRange(allKeys, metric.label, windowMinutes)
        yAxis.min = r.min
        yAxis.max = r.max
        Desk.charts.fill(valueSeries, metric.key, metric.label, windowMinutes)
        warnLine.clear(); critLine.clear(); incidentLine.clear()
        if (metric.hasWarn) { warnLine.append(from.getTime(), metric.warn); warnLine.append(now.getTime(), metric.warn) }
        if (metric.hasCrit) { critLine.append(from.getTime(), metric.crit); critLine.append(now.getTime(), metric.crit) }
        if (incidentStart && incidentStart.getTime() >= from.getTime()) {
            incidentLine.append(incidentStart.getTime(), r.min)
            incidentLine.append(incidentStart.getTime(), r.max)
        }
        for (var i = 0; i < overlays.length; ++i)
            Desk.charts.fill(overlays[i].series, overlays[i].key, metric.label, windowMinutes)
    }
    function rebuildOverlays() {
        for (var i = 0; i < overlays.length; ++i)
            chart.removeSeries(overlays[i].series)
        var list = []
        var palette = ["#2e7d32", "#ef6c00", "#6d4c41", "#00838f", "#ad1457", "#455a64"]
        for (var k = 0; k < compareKeys.length; ++k) {
            var s = chart.createSeries(ChartView.SeriesTypeLine, compareKeys[k].split("!")[0], xAxis, yAxis)
            s.color = palette[k % palette.length]
            s.width = 2
            list.push({ key: compareKeys[k], series: s })
        }
        overlays = list
        refill()
    }
    onCompareKeysChanged: rebuildOverlays()
    onWindowMinutesChanged: refill()
    onMetricChanged: refill()
    Connections {
        target: Desk.charts
        function onRevisionChanged() { chart.refill() }
    }
    Component.onCompleted: refill()

    Label {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 8
        visible: chart.readout.length > 0
        text: chart.readout
        padding: 4
        background: Rectangle { color: "#ffffffdd"; border.color: "#9e9e9e" }
    }
}
