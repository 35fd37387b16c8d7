import QtQuick
import QtQuick.Controls

// Severity shown by colour AND symbol AND word, so it reads without colour vision too.
Rectangle {
    id: badge
    property int severity: 0
    property string text: ""
    property bool soft: false
    property bool muted: false

    readonly property var palette: ({
        4: { bg: "#b71c1c", fg: "white", icon: "▼" },   // host DOWN
        3: { bg: "#d32f2f", fg: "white", icon: "✖" },   // CRITICAL
        2: { bg: "#7b1fa2", fg: "white", icon: "?" },   // UNKNOWN
        1: { bg: "#f9a825", fg: "#212121", icon: "!" }, // WARNING
        0: { bg: "#2e7d32", fg: "white", icon: "✔" }    // OK / UP
    })
    readonly property var look: palette[severity] || palette[0]

    implicitWidth: label.implicitWidth + 16
    implicitHeight: label.implicitHeight + 6
    radius: 3
    color: look.bg
    opacity: muted ? 0.55 : 1.0
    border.width: soft ? 2 : 0
    border.color: Qt.darker(look.bg, 1.4)

    Label {
        id: label
        anchors.centerIn: parent
        text: badge.look.icon + " " + badge.text
        color: badge.look.fg
        font.bold: true
        font.pixelSize: 12
    }
}
