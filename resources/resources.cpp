// The resources themselves are added by qt_add_resources in CMakeLists.txt; a static library
// needs at least one source file of its own.
namespace mandaat {
int resourcesLibraryAnchor()
{
    return 0;
}
} // namespace mandaat
