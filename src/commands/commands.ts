// Placeholder for the ribbon's function file; the real "Cập nhật trạng thái" command replaces it.
// The name must match <FunctionName>refreshStatuses</FunctionName> in manifest.xml.
function refreshStatuses(event: Office.AddinCommands.Event): void {
  event.completed();
}

Office.onReady(() => {
  Office.actions.associate("refreshStatuses", refreshStatuses);
});
