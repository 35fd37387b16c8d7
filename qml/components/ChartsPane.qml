import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OnCallDesk

// The sensor charts of the selected host (all its sensors) or service: time window, and a
// compare mode that overlays the same metric across hosts ("is one host hot, or the room?").
Pane {
    id: pane
    property string key: ""
    property int windowMinutes: 60
    property bool compare: false
    property var metrics: []
    property var info: ({})

    function refresh() {
        metrics = key ? Desk.charts.metrics(key) : []
        info = key ? Desk.details(key) : ({})
    }
    onKeyChanged: refresh()
    Connections {
        target: Desk
        function onObjectsChanged(keys) { if (keys.length === 0 || keys.indexOf(pane.key) >= 0) pane.refresh() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        // The time window and the compare switch; kept narrow so the pane can be.
        Flow {
            Layout.fillWidth: true
            spacing: 4
            Repeater {
                model: [ { label: qsTr("15 min"), minutes: 15 }, { label: qsTr("1 h"), minutes: 60 },
                         { label: qsTr("6 h"), minutes: 360 }, { label: qsTr("24 h"), minutes: 1440 } ]
                delegate: Button {
                    required property var modelData
                    text: modelData.label
                    checkable: true
                    flat: !checked
                    implicitWidth: 64
                    checked: pane.windowMinutes === modelData.minutes
                    onClicked: pane.windowMinutes = modelData.minutes
                }
            }
            CheckBox {
                text: qsTr("Compare across hosts")
                checked: pane.compare
                onToggled: pane.compare = checked
            }
        }
        Label {
            visible: pane.metrics.length === 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.7
            text: pane.key ? qsTr("No performance data for this object yet.") : qsTr("Select an alarm to see its sensor charts.")
        }
        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true
            ColumnLayout {
                width: scroll.availableWidth
                Repeater {
                    model: pane.metrics
                    delegate: MetricChart {
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: scroll.availableWidth
                        Layout.maximumWidth: scroll.availableWidth
                        metric: modelData
                        windowMinutes: pane.windowMinutes
                        incidentStart: pane.info.severity > 0 ? pane.info.lastStateChangeTime : null
                        compareKeys: pane.compare
                            ? Desk.charts.compareCandidates(modelData.key, modelData.label)
                                .map(function(c) { return c.key }).filter(function(k) { return k !== modelData.key })
                            : []
                    }
                }
            }
        }
    }
}
