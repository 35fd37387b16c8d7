import QtQuick
import QtTest
import OnCallDesk
import "qrc:/OnCallDesk/qml/components"

Item {
    id: root
    width: 700
    height: 600

    ChartsPane {
        id: pane
        anchors.fill: parent
    }

    TestCase {
        name: "Charts"
        when: windowShown

        function findByName(item, name) {
            if (!item) return null
            if (item.objectName === name) return item
            var kids = item.children || []
            for (var i = 0; i < kids.length; ++i) {
                var f = findByName(kids[i], name)
                if (f) return f
            }
            return null
        }

        function test_temperatureChartShowsOnePointPerCheck() {
            pane.key = "host1!temperature"
            var metrics = Desk.charts.metrics("host1!temperature")
            compare(metrics.length, 1)
            compare(metrics[0].label, "temperature")
            compare(metrics[0].warn, 50)
            compare(metrics[0].crit, 55)
            // The snapshot at 07:00 plus one result per story minute up to 07:14.
            compare(metrics[0].points, 15)
            var series = null
            tryVerify(function() { var c = findByName(pane, "metricChart"); series = c ? c.valueSeries : null; return series !== null }, 3000)
            tryCompare(series, "count", 15, 3000)
            compare(series.at(14).y, 52)
        }

        function test_hostPageShowsAllItsSensors() {
            pane.key = "host1"
            var titles = Desk.charts.metrics("host1").map(function(m) { return m.title })
            verify(titles.indexOf("temperature · temperature") >= 0, titles)
        }

        function test_compareOverlaysOtherHosts() {
            var candidates = Desk.charts.compareCandidates("host1!temperature", "temperature")
            compare(candidates.length, 3)
        }
    }
}
