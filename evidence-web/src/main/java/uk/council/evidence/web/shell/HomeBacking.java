package uk.council.evidence.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The portal's front door: sends each person to the home page of their role. */
@Named("home")
@RequestScoped
public class HomeBacking {

  @Inject CurrentUser user;
  @Inject FacesContext faces;

  public void goHome() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    ext.redirect(ext.getRequestContextPath() + Navigation.homeOf(user.getRoles()));
  }
}
