import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OnCallDesk

// Connection state first (a desk that is not live must say so loudly), then the counts.
ToolBar {
    id: bar
    property string lastMessage: ""
    property bool lastMessageOk: true

    background: Rectangle {
        color: Desk.live ? palette.window : "#fff3e0"
        border.color: Desk.live ? palette.mid : "#e65100"
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        spacing: 14

        Rectangle {
            width: 12; height: 12; radius: 6
            color: Desk.live ? "#2e7d32" : (Desk.connectionState === 5 ? "#b71c1c" : "#ef6c00")
        }
        Label {
            objectName: "connectionLabel"
            text: Desk.connectionText
            Layout.fillWidth: true
            Layout.minimumWidth: 120
            elide: Text.ElideRight
            font.bold: !Desk.live
            ToolTip.visible: connHover.hovered && truncated
            ToolTip.text: Desk.connectionText
            HoverHandler { id: connHover }
        }
        Label {
            visible: Desk.snoozed
            text: qsTr("Notifications snoozed until %1").arg(Desk.snoozedUntil)
            font.bold: true
        }
        Label {
            visible: bar.lastMessage.length > 0
            text: bar.lastMessage
            color: bar.lastMessageOk ? palette.text : "#b71c1c"
            Layout.maximumWidth: 360
            elide: Text.ElideRight
        }
        Repeater {
            model: [
                { label: qsTr("Down"), value: Desk.down, severity: 4 },
                { label: qsTr("Critical"), value: Desk.critical, severity: 3 },
                { label: qsTr("Warning"), value: Desk.warning, severity: 1 },
                { label: qsTr("Unknown"), value: Desk.unknown, severity: 2 },
                { label: qsTr("Unacknowledged"), value: Desk.unacknowledged, severity: -1 }
            ]
            delegate: Label {
                required property var modelData
                text: modelData.label + ": " + modelData.value
                font.bold: modelData.value > 0 && modelData.severity !== 0
                color: modelData.value > 0 && modelData.severity >= 3 ? "#b71c1c" : palette.text
            }
        }
    }
}
