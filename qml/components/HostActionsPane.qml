import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OnCallDesk

// The decision view for a physical host: the facts first (is it up again, since when, how
// many VMs are down, where the temperature goes, which standby hosts have room), then the two
// choices — restart the VMs where they are, or fail them over — and their progress.
Pane {
    id: pane
    property string key: ""
    readonly property var actions: Desk.actions
    readonly property string host: key.length > 0 && actions ? actions.physicalHostOf(key) : ""
    property var facts: ({})
    // VM name -> chosen; VMs not in it follow their state (down ones without an action are chosen).
    property var chosen: ({})
    property string lastResult: ""
    property bool lastResultOk: true

    function refresh() { facts = host.length > 0 && actions ? actions.facts(host) : ({}) }
    function selectedVms() {
        const out = []
        for (const vm of (facts.vms || []))
            if (chosen[vm.name] !== undefined ? chosen[vm.name] : vm.down && !vm.active)
                out.push(vm.name)
        return out
    }
    function choose(name, on) {
        const c = Object.assign({}, chosen)
        c[name] = on
        chosen = c
    }
    function selectWhere(test) {
        const c = {}
        for (const vm of (facts.vms || []))
            c[vm.name] = test(vm)
        chosen = c
    }
    readonly property var selection: { chosen; facts; return selectedVms() }
    readonly property var standby: standbyBox.currentIndex >= 0 && facts.standbys ? facts.standbys[standbyBox.currentIndex] : null
    readonly property string failoverBlocked: {
        if (!facts.host) return ""
        if (facts.failoverUnavailable) return facts.failoverUnavailable
        if (facts.up) return qsTr("%1 is UP: failover is for a host that stays down (its VMs would run twice).").arg(facts.host)
        if (!facts.standbys || facts.standbys.length === 0) return qsTr("No standby host is known (host vars standby, free_vcpus, free_memory_gb).")
        if (standby && !standby.up) return qsTr("%1 is not UP.").arg(standby.name)
        return ""
    }
    readonly property string restartBlocked: {
        if (!facts.host) return ""
        if (facts.restartUnavailable) return facts.restartUnavailable
        if (!facts.up) return qsTr("%1 is DOWN: its VMs cannot start there until it is UP again.").arg(facts.host)
        return ""
    }

    onHostChanged: { chosen = ({}); refresh() }
    Timer { id: refreshSoon; interval: 300; onTriggered: pane.refresh() }
    Connections {
        target: Desk
        function onObjectsChanged(keys) { if (pane.visible) refreshSoon.start() }
        function onLanguageChanged() { pane.refresh() }
    }
    Connections {
        target: pane.actions
        function onActivityChanged() { refreshSoon.start() }
        function onBackendChanged() { pane.refresh() }
    }
    onVisibleChanged: if (visible) refresh()

    Label {
        anchors.centerIn: parent
        width: parent.width - 20
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        visible: !pane.facts.host
        text: qsTr("Select an alarm of a host or VM to see the facts and the actions for its host.")
        opacity: 0.7
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        visible: !!pane.facts.host
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 8

            RowLayout {
                SeverityBadge {
                    severity: pane.facts.up ? 0 : 4
                    text: pane.facts.stateText || ""
                }
                Label { text: pane.facts.host || ""; font.bold: true; font.pixelSize: 16 }
                Item { Layout.fillWidth: true }
                Label { text: qsTr("via %1").arg(pane.actions ? pane.actions.backendName : ""); opacity: 0.6 }
            }
            Label { Layout.fillWidth: true; wrapMode: Text.Wrap; text: pane.facts.summary || "" }
            Label { Layout.fillWidth: true; wrapMode: Text.Wrap; text: pane.facts.bootText || "" }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Temperature: %1").arg(pane.facts.temperatureText || "")
                color: pane.facts.temperatureCritical ? "#c62828" : palette.windowText
                font.bold: pane.facts.temperatureTrend > 0
            }

            Label { text: qsTr("Virtual machines"); font.bold: true; Layout.topMargin: 6 }
            Label { text: pane.facts.vmsText || ""; opacity: 0.8 }
            Repeater {
                model: pane.facts.vms || []
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    CheckBox {
                        checked: { pane.chosen; return pane.chosen[modelData.name] !== undefined ? pane.chosen[modelData.name] : modelData.down && !modelData.active }
                        onToggled: pane.choose(modelData.name, checked)
                        text: modelData.name
                        font.bold: modelData.down
                    }
                    SeverityBadge {
                        severity: modelData.down ? 4 : 0
                        text: modelData.stateText
                    }
                    Label {
                        visible: modelData.active
                        text: qsTr("action queued or running")
                        color: "#1565c0"
                    }
                    Label {
                        Layout.fillWidth: true
                        text: modelData.output
                        elide: Text.ElideRight
                        opacity: 0.7
                    }
                }
            }
            RowLayout {
                Button { text: qsTr("Down VMs"); flat: true; onClicked: pane.selectWhere(vm => vm.down && !vm.active) }
                Button { text: qsTr("All"); flat: true; onClicked: pane.selectWhere(vm => true) }
                Button { text: qsTr("None"); flat: true; onClicked: pane.selectWhere(vm => false) }
            }

            Label { text: qsTr("Restart where they are"); font.bold: true; Layout.topMargin: 6 }
            RowLayout {
                Layout.fillWidth: true
                Button {
                    objectName: "restartButton"
                    text: qsTr("Restart %n VM(s)…", "", pane.selection.length)
                    enabled: pane.restartBlocked.length === 0 && pane.selection.length > 0
                    onClicked: confirm.ask("restart")
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    visible: pane.restartBlocked.length > 0
                    text: pane.restartBlocked
                    opacity: 0.8
                }
            }

            Label { text: qsTr("Fail over to a standby host"); font.bold: true; Layout.topMargin: 6 }
            Repeater {
                model: pane.facts.standbys || []
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: (modelData.standby ? "★ " : "• ") + modelData.name + ": " + modelData.text
                    opacity: modelData.usable ? 1 : 0.6
                }
            }
            RowLayout {
                Layout.fillWidth: true
                ComboBox {
                    id: standbyBox
                    model: (pane.facts.standbys || []).map(s => s.name)
                    Layout.preferredWidth: 140
                }
                Button {
                    objectName: "failoverButton"
                    text: qsTr("Fail over %n VM(s)…", "", pane.selection.length)
                    enabled: pane.failoverBlocked.length === 0 && pane.selection.length > 0 && !!pane.standby
                    onClicked: confirm.ask("failover")
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: pane.failoverBlocked.length > 0
                text: pane.failoverBlocked
                opacity: 0.8
            }

            Label {
                objectName: "actionResult"
                Layout.fillWidth: true
                Layout.topMargin: 6
                visible: pane.lastResult.length > 0
                text: pane.lastResult
                wrapMode: Text.Wrap
                color: pane.lastResultOk ? palette.windowText : "#c62828"
            }
            ActionProgressList { Layout.fillWidth: true; Layout.topMargin: 10 }
        }
    }

    ConfirmActionDialog {
        id: confirm
        parent: Overlay.overlay
        property string kind: ""
        property var vms: []
        property string target: ""
        function ask(k) {
            kind = k
            vms = pane.selection
            target = k === "failover" && pane.standby ? pane.standby.name : ""
            const text = pane.actions.describe(k, pane.facts.host, target, vms)
            if (k === "failover")
                openWith(qsTr("Fail over from %1 to %2").arg(pane.facts.host).arg(target), text, qsTr("Fail over"), pane.facts.host)
            else
                openWith(qsTr("Restart VMs on %1").arg(pane.facts.host), text, qsTr("Restart"), "")
        }
        onConfirmed: (reason) => {
            const r = kind === "failover" ? pane.actions.failover(pane.facts.host, target, vms, reason, pane.facts.host)
                                          : pane.actions.restart(pane.facts.host, vms, reason)
            pane.lastResult = r.message
            pane.lastResultOk = r.ok
            pane.chosen = ({})
        }
    }
}
