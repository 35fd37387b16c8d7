import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OnCallDesk

// Shown above the alarm list whenever the desk is not live: what is wrong, in full words, and
// that the list may be stale. The status bar alone is too easy to overlook at 07:05.
Rectangle {
    id: banner
    visible: !Desk.live
    implicitHeight: visible ? content.implicitHeight + 16 : 0
    color: Desk.connectionState === 5 ? "#ffebee" : "#fff3e0"
    border.color: Desk.connectionState === 5 ? "#b71c1c" : "#e65100"

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: 8
        spacing: 4
        Label {
            objectName: "bannerText"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            color: "#212121"
            text: Desk.connectionText
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: "#212121"
            visible: Desk.alarms.count > 0
            text: qsTr("The list below shows the last known state and may be out of date.")
        }
    }
}
