namespace mandaat {
int uiLibraryAnchor()
{
    return 0;
}
} // namespace mandaat
