// Anchor for the whop_resources library; the resources themselves come from qt_add_resources.
namespace whop {
int resourcesAnchor()
{
    return 0;
}
} // namespace whop
