import QtQuick
import QtQuick.Controls
import QtTest
import OnCallDesk
import "qrc:/OnCallDesk/qml/components"

// The confirmation that guards failover (type the host's name) and the decision view driving a
// failover of host1's VMs to the standby host3 in the demo (07:08: host1 DOWN).
Item {
    id: root
    width: 900
    height: 800

    ConfirmActionDialog {
        id: dialog
        SignalSpy { id: confirmed; target: dialog; signalName: "confirmed" }
    }

    HostActionsPane {
        id: pane
        anchors.fill: parent
        visible: false
    }

    TestCase {
        name: "VmActions"
        when: windowShown

        function findChild(item, name) {
            if (!item)
                return null
            if (item.objectName === name)
                return item
            const kids = item.children || []
            for (let i = 0; i < kids.length; ++i) {
                const found = findChild(kids[i], name)
                if (found)
                    return found
            }
            if (item.contentItem && item.contentItem !== item) {
                const found = findChild(item.contentItem, name)
                if (found)
                    return found
            }
            return null
        }
        function button() { return findChild(dialog.footer, "confirmButton") }
        function nameField() { return findChild(dialog.contentItem, "confirmName") }
        function reasonField() { return findChild(dialog.contentItem, "confirmReason") }

        function init() { confirmed.clear() }
        function cleanup() { dialog.close() }

        function test_confirmButtonNeedsTheExactHostName() {
            dialog.openWith("Fail over", "Define and start 4 VMs of host1 on host3.", "Fail over", "host1")
            tryVerify(() => dialog.opened)
            verify(nameField().visible)
            compare(button().enabled, false, "nothing typed: disabled")
            nameField().forceActiveFocus()
            keyClick(Qt.Key_H); keyClick(Qt.Key_O); keyClick(Qt.Key_S); keyClick(Qt.Key_T)
            compare(button().enabled, false, "'host' is not 'host1'")
            keyClick(Qt.Key_2)
            compare(button().enabled, false, "'host2' is not 'host1'")
            keyClick(Qt.Key_Backspace); keyClick(Qt.Key_1)
            compare(button().enabled, true, "'host1' typed: enabled")
            // Enter in the reason field confirms, with the reason.
            reasonField().forceActiveFocus()
            keySequence("f,a,n")
            keyClick(Qt.Key_Return)
            compare(confirmed.count, 1)
            compare(confirmed.signalArguments[0][0], "fan")
            verify(!dialog.visible)
        }

        function test_enterDoesNotConfirmWithoutTheName() {
            dialog.openWith("Fail over", "…", "Fail over", "host1")
            tryVerify(() => dialog.opened)
            reasonField().forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(confirmed.count, 0)
            verify(dialog.visible)
        }

        function test_restartNeedsNoTypedName() {
            dialog.openWith("Restart", "Restart 1 VM on host1: vm11.", "Restart", "")
            tryVerify(() => dialog.opened)
            verify(!nameField().visible)
            compare(button().enabled, true)
            mouseClick(button())
            compare(confirmed.count, 1)
        }

        function test_failoverOfADownHostToTheStandby() {
            pane.visible = true
            pane.key = "vm11"
            tryVerify(() => pane.facts.host === "host1", 3000)
            compare(pane.facts.up, false)
            compare(pane.restartBlocked.length > 0, true, "a DOWN host cannot restart its VMs")
            compare(pane.facts.standbys[0].name, "host3")
            compare(pane.selection.length, 4, "the VMs that are down are chosen")
            compare(pane.failoverBlocked, "")
            // A wrong typed name is refused by the controller too, not only by the dialog.
            const refused = Desk.actions.failover("host1", "host3", ["vm11"], "test", "host2")
            compare(refused.ok, false)
            compare(Desk.actions.progress.count, 0)

            mouseClick(findChild(pane, "failoverButton"))
            const confirm = findChild(Overlay.overlay, "confirmName")
            verify(confirm, "the confirmation opened")
            confirm.forceActiveFocus()
            for (const c of "host1") keyClick(c)
            keyClick(Qt.Key_Return) // to the reason field
            keyClick(Qt.Key_Return) // confirm
            tryVerify(() => Desk.actions.progress.count === 4, 5000, "queued: " + pane.lastResult + " typed=" + confirm.text)
            tryVerify(() => Desk.actions.active === 0, 10000, "all four finished")
            // The demo moved the VMs: host3 now holds them and they are UP.
            tryVerify(() => Desk.actions.facts("host3").vms.length >= 7, 3000)
            compare(Desk.actions.physicalHostOf("vm11"), "host3")
            const entries = Desk.actions.auditEntries(20)
            compare(entries.filter(e => e.outcome === "ok" && e.action === "failover").length, 4)
            // A second failover of the same VMs is refused: host3 is their host now.
            verify(!Desk.actions.failover("host1", "host3", ["vm11"], "again", "host1").ok)
        }
    }
}
