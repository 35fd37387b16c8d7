import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OnCallDesk

// One alarm: severity, where, what the plugin said, since when, and who already knows.
Rectangle {
    id: row
    required property int index
    required property string key
    required property string host
    required property string service
    required property bool isHost
    required property int severity
    required property string stateText
    required property string stateTypeText
    required property bool isSoft
    required property string output
    required property var lastStateChange
    required property bool acknowledged
    required property string ackAuthor
    required property string ackComment
    required property bool inDowntime
    required property bool reachable
    required property bool handled
    property bool selected: false
    property bool current: false

    signal clicked(var mouse)
    signal doubleClicked()

    implicitHeight: 56
    color: selected ? palette.highlight : (index % 2 ? palette.alternateBase : palette.base)
    readonly property color textColor: selected ? palette.highlightedText : palette.text

    Rectangle { // severity stripe: visible even when the row is selected
        width: 5; height: parent.height
        color: severityBadge.look.bg
    }
    Rectangle {
        anchors.fill: parent
        color: "transparent"
        border.width: row.current ? 1 : 0
        border.color: palette.highlight
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 10
        spacing: 10

        SeverityBadge {
            id: severityBadge
            severity: row.severity
            text: row.stateText
            soft: row.isSoft
            muted: row.handled
            Layout.preferredWidth: 112
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                font.bold: !row.handled
                color: row.textColor
                text: row.isHost ? row.host : row.host + " / " + row.service
            }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                color: row.textColor
                opacity: 0.8
                text: row.output
            }
        }

        ColumnLayout {
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            Layout.maximumWidth: 330
            spacing: 2
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: 8
                Label {
                    text: row.stateTypeText
                    color: row.textColor
                    font.pixelSize: 12
                    font.italic: row.isSoft
                }
                Label {
                    // Desk.now ticks every second, so the duration stays live.
                    text: Desk.now, Desk.since(row.lastStateChange)
                    color: row.textColor
                    font.pixelSize: 12
                    horizontalAlignment: Text.AlignRight
                    Layout.minimumWidth: 80
                    ToolTip.visible: durationHover.hovered
                    ToolTip.text: qsTr("State since %1").arg(Desk.formatDateTime(row.lastStateChange))
                    HoverHandler { id: durationHover }
                }
            }
            Label {
                Layout.alignment: Qt.AlignRight
                Layout.maximumWidth: 330
                elide: Text.ElideRight
                font.pixelSize: 12
                color: row.textColor
                visible: text.length > 0
                text: {
                    var parts = []
                    if (row.acknowledged)
                        parts.push(qsTr("✓ acknowledged by %1: %2").arg(row.ackAuthor).arg(row.ackComment))
                    if (row.inDowntime)
                        parts.push(qsTr("⏸ in downtime"))
                    if (!row.reachable)
                        parts.push(qsTr("⇣ unreachable: parent down"))
                    return parts.join("  ·  ")
                }
            }
        }
    }

    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.LeftButton | Qt.RightButton
        onClicked: (mouse) => row.clicked(mouse)
        onDoubleClicked: row.doubleClicked()
    }
}
