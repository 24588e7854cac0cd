#include "app/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Nephos"));
    QApplication::setOrganizationName(QStringLiteral("Nephos"));
    QApplication::setApplicationVersion(QStringLiteral(NEPHOS_VERSION_STRING));
    nephos::widgets::MainWindow window;
    window.show();
    return app.exec();
}
