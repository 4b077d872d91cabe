// Stands in for the app: tests/packaging/platform-config only configures, it never builds.
int main()
{
    return 0;
}
