import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OnCallDesk

// Physical hosts as tiles, coloured by the worst state beneath them, their VMs as small tiles
// inside: "only host1 is affected" at a glance. Clicking a host or VM limits the alarm list to
// it; a double click drills down to its services. The selected alarm's place is highlighted.
Pane {
    id: view
    property string highlightKey: ""   // the selected alarm: its tile and VM light up
    property string scopeKey: ""       // the node the alarm list is limited to
    signal scopeChosen(string key)
    padding: 6

    readonly property var palette4: ({ 4: "#b71c1c", 3: "#d32f2f", 2: "#7b1fa2", 1: "#f9a825", 0: "#2e7d32" })
    function colorFor(sev) { return palette4[sev] || palette4[0] }
    readonly property string highlightRoot: highlightKey ? Desk.topology.rootOf(highlightKey) : ""

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: search
                objectName: "topologySearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Find a host or VM")
                onTextChanged: Desk.topology.searchText = text
            }
            Label {
                text: qsTr("%n physical host(s)", "", Desk.topology.count)
                opacity: 0.7
            }
        }
        GridView {
            id: grid
            objectName: "topologyGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: 236
            cellHeight: 150
            model: Desk.topology
            reuseItems: true // 2,000 hosts: delegates are recycled while scrolling
            ScrollBar.vertical: ScrollBar { }
            delegate: Rectangle {
                id: tile
                required property string key
                required property string name
                required property int severity
                required property int worstBeneath
                required property string stateText
                required property int vmCount
                required property int unreachableCount
                required property int problemCount
                required property int unhandledCount
                required property string site
                required property string rack
                required property var vms
                width: grid.cellWidth - 8
                height: grid.cellHeight - 8
                radius: 4
                color: view.scopeKey === key ? Qt.lighter(view.colorFor(worstBeneath), 1.85) : palette.base
                border.width: view.highlightRoot === key ? 4 : 2
                border.color: view.colorFor(worstBeneath)

                MouseArea {
                    anchors.fill: parent
                    onClicked: view.scopeChosen(tile.key)
                    onDoubleClicked: drill.openFor(tile.key, tile.name)
                }
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 6
                    spacing: 3
                    RowLayout {
                        Layout.fillWidth: true
                        SeverityBadge { severity: tile.severity; text: tile.stateText }
                        Label { text: tile.name; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                    }
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        font.pixelSize: 11
                        text: qsTr("%n VM(s)", "", tile.vmCount)
                              + (tile.unreachableCount > 0 ? " · " + qsTr("%n unreachable", "", tile.unreachableCount) : "")
                              + " · " + qsTr("%n problem(s)", "", tile.problemCount)
                    }
                    Label {
                        visible: tile.site.length > 0
                        text: [tile.site, tile.rack].filter(function(s) { return s }).join(" / ")
                        font.pixelSize: 10
                        opacity: 0.6
                    }
                    Flow {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        spacing: 3
                        Repeater {
                            model: tile.vms
                            delegate: Rectangle {
                                required property var modelData
                                width: 52
                                height: 20
                                radius: 2
                                color: view.colorFor(modelData.worstBeneath)
                                border.width: view.highlightKey.split("!")[0] === modelData.key ? 3 : (view.scopeKey === modelData.key ? 2 : 0)
                                border.color: "#212121"
                                opacity: modelData.reachable ? 1.0 : 0.55
                                Label {
                                    anchors.centerIn: parent
                                    text: modelData.name
                                    font.pixelSize: 10
                                    color: modelData.worstBeneath === 1 ? "#212121" : "white"
                                    width: parent.width - 4
                                    elide: Text.ElideRight
                                    horizontalAlignment: Text.AlignHCenter
                                }
                                MouseArea {
                                    anchors.fill: parent
                                    onClicked: view.scopeChosen(modelData.key)
                                    onDoubleClicked: drill.openFor(modelData.key, modelData.name)
                                }
                                ToolTip.visible: vmHover.hovered
                                ToolTip.text: modelData.name + " — " + modelData.stateText
                                              + (modelData.reachable ? "" : " — " + qsTr("unreachable: parent down"))
                                HoverHandler { id: vmHover }
                            }
                        }
                    }
                }
            }
        }
    }

    // Drill-down: a host's or VM's services.
    Popup {
        id: drill
        property string title: ""
        property var services: []
        function openFor(key, name) {
            title = name
            services = Desk.topology.servicesOf(key)
            open()
        }
        anchors.centerIn: parent
        width: Math.min(view.width - 20, 520)
        height: Math.min(view.height - 20, 420)
        modal: true
        ColumnLayout {
            anchors.fill: parent
            Label { text: qsTr("Services of %1").arg(drill.title); font.bold: true }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: drill.services
                delegate: RowLayout {
                    required property var modelData
                    width: ListView.view.width
                    SeverityBadge { severity: modelData.severity; text: modelData.stateText }
                    Label { text: modelData.name; Layout.preferredWidth: 110; elide: Text.ElideRight }
                    Label { text: modelData.output; Layout.fillWidth: true; elide: Text.ElideRight; opacity: 0.8 }
                }
            }
            Button { text: qsTr("Close"); Layout.alignment: Qt.AlignRight; onClicked: drill.close() }
        }
    }
}
